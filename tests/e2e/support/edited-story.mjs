// The edit the studio's bundle test makes to the shipped story. scripts/test.sh
// also builds the same edited story with `trunk build --release`
// (`node tests/e2e/support/edited-story.mjs FILE` writes it), so the test can
// compare the studio's bundle with the build's, file by file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function editStory(story) {
  const edited = structuredClone(story);
  edited.meta.title = 'A title edited in the studio';
  edited.events[0].headline = 'A first card edited in the studio';
  return edited;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const story = JSON.parse(readFileSync(new URL('../../../static/story.json', import.meta.url), 'utf8'));
  writeFileSync(process.argv[2], JSON.stringify(editStory(story), null, 2));
}
