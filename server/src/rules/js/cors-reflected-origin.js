const ALLOWED_ORIGINS = new Set(["https://app.example.com"]);

app.use((req, res, next) => {
  // ruleid: js/cors-reflected-origin
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin);
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

app.use((req, res, next) => {
  // ruleid: js/cors-reflected-origin
  res.header("Access-Control-Allow-Origin", req.get("Origin") || "*");
  next();
});

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (ALLOWED_ORIGINS.has(origin)) {
    // ok: js/cors-reflected-origin
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Vary", "Origin");
  }
  next();
});

app.use((req, res, next) => {
  // ok: js/cors-reflected-origin
  res.setHeader("Access-Control-Allow-Origin", "*");
  next();
});

app.use((req, res, next) => {
  const requestOrigin = req.headers.origin;
  // todoruleid: js/cors-reflected-origin
  res.setHeader("Access-Control-Allow-Origin", requestOrigin);
  next();
});
