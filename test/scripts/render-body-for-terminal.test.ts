import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBodyForTerminal } from '../../scripts/render-body-for-terminal.js';

const golden = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../golden', name), 'utf8');

describe('renderBodyForTerminal', () => {
  it('indents a promotion PR body with spaces and summarises its metadata comment instead of printing base64', () => {
    expect(renderBodyForTerminal(golden('promotion/body-second-hop.golden.md'))).toBe(
      [
        'Promotion path(nginx):',
        '',
        '↘️  #120  `workspace/` ➡️',
        '    `clusters/dev/us-east4/c2/`',
        '    `clusters/staging/us-central1/c1/`',
        '    ↘️  #121  `clusters/staging/us-central1/c1/` ➡️',
        '        `clusters/prod/us-west1/c2/`',
        '',
        '[hidden promotion metadata: original PR #120 by alice, 2 hop(s), promotes clusters/prod/us-west1/c2/nginx]',
      ].join('\n'),
    );
  });

  it.each([
    ['<br> variants', 'a<br>b<br/>c<BR />d', 'a\nb\nc\nd'],
    [
      'details and summary',
      '<details><summary>Diff of <b>nginx</b></summary>\n\n```diff\n-a\n```\n</details>',
      '▸ Diff of nginx\n\n```diff\n-a\n```',
    ],
    ['entities', '&lt;none&gt; &amp; &quot;x&quot; &#39;y&#39; &#x2192;', '<none> & "x" \'y\' →'],
    ['a multi-line comment and the bot tag', '<!-- telefonistka_tag -->\nkept\n<!--\nhidden\n-->\n', 'kept'],
    ['runs of blank lines', 'a\n\n\n\n\nb', 'a\n\nb'],
  ])('turns %s into plain text', (_what, body, expected) => {
    expect(renderBodyForTerminal(body)).toBe(expected);
  });
});
