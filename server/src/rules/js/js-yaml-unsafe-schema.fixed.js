const yaml = require("js-yaml");
const fs = require("fs");

function loadPipeline(req) {
  // ruleid: js/js-yaml-unsafe-schema
  return yaml.load(req.body.pipeline, { schema: yaml.DEFAULT_SAFE_SCHEMA });
}

function loadTemplates(path) {
  // ruleid: js/js-yaml-unsafe-schema
  return yaml.loadAll(fs.readFileSync(path, "utf8"), null, { schema: yaml.DEFAULT_SAFE_SCHEMA });
}

function loadPipelineSafely(req) {
  // ok: js/js-yaml-unsafe-schema
  return yaml.load(req.body.pipeline, { schema: yaml.JSON_SCHEMA });
}

function loadConfig(path) {
  // ok: js/js-yaml-unsafe-schema
  return yaml.load(fs.readFileSync(path, "utf8"));
}
