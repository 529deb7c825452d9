// Copying must work where the async Clipboard API is missing or refused (sandboxed iframes, older
// browsers): fall back to a selected textarea, and report failure so the UI can show the text instead.
type PolicyDocument = Document & { permissionsPolicy?: { allowsFeature(feature: string): boolean }; featurePolicy?: { allowsFeature(feature: string): boolean } };

/** Asking a frame that may not write the clipboard makes the browser log an error, so ask first. */
function clipboardAllowed(): boolean {
  const policy = (document as PolicyDocument).permissionsPolicy ?? (document as PolicyDocument).featurePolicy;
  return !!navigator.clipboard && (policy ? policy.allowsFeature('clipboard-write') : true);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!clipboardAllowed()) throw new Error('clipboard not allowed here');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let copied: boolean;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}
