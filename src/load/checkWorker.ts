// The check of a ?data= dataset off the page's thread: zod's schemas and the validation take 50 ms
// and more, during which the page evaluates the live graph's chunk instead (loadUrl.ts starts it).
import { checkText } from './checkText';

self.onmessage = async (event: MessageEvent<{ text: string; href: string }>) => {
  self.postMessage(await checkText(event.data.text, event.data.href));
};
