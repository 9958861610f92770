import fs from "node:fs";
import path from "node:path";

/** Files of the in-browser playground, all served by tvist itself so that it works offline. */
export function playgroundAssets(): Record<string, string> {
  const pkg = (name: string) => {
    for (const dir of require.resolve.paths(name) ?? []) {
      if (fs.existsSync(path.join(dir, name, "package.json"))) return path.join(dir, name);
    }
    throw new Error(`Playground asset package ${name} is not installed: run npm install.`);
  };
  return {
    "graphiql.min.css": path.join(pkg("graphiql"), "graphiql.min.css"),
    "graphiql.min.js": path.join(pkg("graphiql"), "graphiql.min.js"),
    "react.production.min.js": path.join(pkg("react"), "umd", "react.production.min.js"),
    "react-dom.production.min.js": path.join(pkg("react-dom"), "umd", "react-dom.production.min.js"),
    "graphql-ws.min.js": path.join(pkg("graphql-ws"), "umd", "graphql-ws.min.js"),
  };
}

const DEFAULT_QUERY = `# Welcome to tvist. Put your API key in the Headers tab below:
#   { "Authorization": "Bearer tvk_..." }
# then run this query with the play button (or Ctrl-Enter).
query Cases {
  cases(first: 10) {
    nodes {
      id
      status
      outstandingAmount
      invoice { invoiceNumber dueDate }
      debtor { name }
    }
  }
}
`;

/** Served at /playground/app.js: the page itself holds no inline script, so its CSP can be script-src 'self'. */
export function playgroundScript(): string {
  return `(function () {
  var url = location.origin + "/graphql";
  var wsUrl = url.replace(/^http/, "ws");
  function fetcher(params, opts) {
    var headers = Object.assign({ "content-type": "application/json", accept: "application/json" }, (opts && opts.headers) || {});
    var isSubscription = /^\\s*subscription\\b/m.test(params.query || "") && !/^\\s*(query|mutation)\\b/m.test(params.query || "");
    if (isSubscription) {
      var client = graphqlWs.createClient({ url: wsUrl, connectionParams: { authorization: headers.Authorization || headers.authorization } });
      return {
        [Symbol.asyncIterator]: function () { return client.iterate(params)[Symbol.asyncIterator](); }
      };
    }
    return fetch(url, { method: "POST", headers: headers, body: JSON.stringify(params) }).then(function (r) { return r.json(); });
  }
  var saved = localStorage.getItem("graphiql:headers");
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultHeaders: saved || '{ "Authorization": "Bearer " }',
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: "headers",
      isHeadersEditorEnabled: true
    })
  );
})();
`;
}

/** The tab icon, served as /favicon.ico and /playground/favicon.svg (browsers ask for /favicon.ico on their own). */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d3557"/><text x="16" y="23" font-family="sans-serif" font-size="20" font-weight="bold" fill="#f1faee" text-anchor="middle">t</text></svg>`;

/**
 * The playground page's Content-Security-Policy: only tvist's own scripts, styles, images and connections (HTTP and
 * WebSocket to the same origin); GraphiQL sets style attributes at run time, hence 'unsafe-inline' for styles only.
 */
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export function playgroundHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>tvist — GraphQL playground</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/svg+xml" href="/playground/favicon.svg">
<link rel="stylesheet" href="/playground/graphiql.min.css">
<link rel="stylesheet" href="/playground/page.css">
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.production.min.js"></script>
<script src="/playground/react-dom.production.min.js"></script>
<script src="/playground/graphql-ws.min.js"></script>
<script src="/playground/graphiql.min.js"></script>
<script src="/playground/app.js"></script>
</body>
</html>`;
}
