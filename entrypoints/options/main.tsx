import { render } from 'solid-js/web';
import { Options } from '../../src/ui/options/options';
import '../../src/ui/shared/theme.css';

render(() => <Options />, document.getElementById('app')!);
