import { render } from 'solid-js/web';
import { BreakPage } from '../../src/ui/break/break-page';
import '../../src/ui/shared/theme.css';

render(() => <BreakPage />, document.getElementById('app')!);
