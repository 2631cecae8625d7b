import { render } from 'solid-js/web';
import { GuardPage } from '../../src/ui/guard/guard-page';
import { declarePage } from '../../src/ui/shared/page-language';
import '../../src/ui/shared/theme.css';

declarePage('guardPageTitle');
render(() => <GuardPage />, document.getElementById('app')!);
