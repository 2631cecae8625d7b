import { render } from 'solid-js/web';
import { GuardPage } from '../../src/ui/guard/guard-page';
import '../../src/ui/shared/theme.css';

render(() => <GuardPage />, document.getElementById('app')!);
