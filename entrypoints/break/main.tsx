import { render } from 'solid-js/web';
import { BreakPage } from '../../src/ui/break/break-page';
import { declarePage } from '../../src/ui/shared/page-language';
import '../../src/ui/shared/theme.css';

declarePage('breakRunningTitle');
render(() => <BreakPage />, document.getElementById('app')!);
