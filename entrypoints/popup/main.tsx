import { render } from 'solid-js/web';
import { Popup } from '../../src/ui/popup/popup';
import '../../src/ui/shared/theme.css';

render(() => <Popup />, document.getElementById('app')!);
