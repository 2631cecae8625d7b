import { render } from 'solid-js/web';
import { Options } from '../../src/ui/options/options';
import { declarePage } from '../../src/ui/shared/page-language';
import { openAhead } from '../../src/ui/shared/read';
import '../../src/ui/shared/theme.css';

// Every section's first read waits for the database: it opens while the shell renders.
openAhead();
declarePage('optionsTitle');
render(() => <Options />, document.getElementById('app')!);
