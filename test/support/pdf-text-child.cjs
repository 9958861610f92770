// Prints the text of the PDF read from stdin. Runs in a plain Node process: pdf.js loads its worker with a
// dynamic import, which jest's sandbox refuses without --experimental-vm-modules.
const { PDFParse } = require("pdf-parse");

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const result = await parser.getText();
    process.stdout.write(result.text);
  } finally {
    await parser.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
