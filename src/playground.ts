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

export function playgroundHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>tvist — GraphQL playground</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/playground/graphiql.min.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.production.min.js"></script>
<script src="/playground/react-dom.production.min.js"></script>
<script src="/playground/graphql-ws.min.js"></script>
<script src="/playground/graphiql.min.js"></script>
<script>
(function () {
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
</script>
</body>
</html>`;
}
