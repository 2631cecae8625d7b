import './read-ahead';
// The theme before the popup's own rules, as when the theme came from a shared stylesheet.
import '../../src/ui/shared/theme.css';
import { render } from 'solid-js/web';
import { Popup } from '../../src/ui/popup/popup';
import { renderOverPicture } from '../../src/ui/popup/picture';
import { declarePage } from '../../src/ui/shared/page-language';

declarePage('extName');
void renderOverPicture(document.getElementById('app')!, (into) => render(() => <Popup />, into));
