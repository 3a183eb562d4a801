/** Checks every `everyMs` until `check` holds; fails after `seconds`. */
export async function eventually(
  check: () => Promise<boolean>,
  seconds: number,
  everyMs = 250,
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`not within ${seconds} s`);
}
