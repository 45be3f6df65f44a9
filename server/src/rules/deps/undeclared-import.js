// ai-audit-test-path: test/fixtures/deps-project/web/src/server.js
// ok: deps/undeclared-import
import express from 'express';
// ok: deps/undeclared-import
import { z } from 'zod';
// ok: deps/undeclared-import
import * as vscode from 'vscode';
// ok: deps/undeclared-import
import { readFile } from 'node:fs/promises';
// ok: deps/undeclared-import
import { render } from './render.js';
// ruleid: deps/undeclared-import
import rateLimit from 'express-rate-limit';
// ruleid: deps/undeclared-import
const { sanitizeHtml } = require('express-secure-sanitizer-pro');
// ok: deps/undeclared-import
import { Button } from '@acme/web/components';
