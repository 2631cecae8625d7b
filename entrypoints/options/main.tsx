import { render } from 'solid-js/web';
import { Options } from '../../src/ui/options/options';
import { declarePage } from '../../src/ui/shared/page-language';
import '../../src/ui/shared/theme.css';

declarePage('optionsTitle');
render(() => <Options />, document.getElementById('app')!);
