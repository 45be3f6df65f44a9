/** The deps pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as deprecatedPackage } from './deprecated-package';
import { rule as installScript } from './install-script';
import { rule as nonRegistrySource } from './non-registry-source';
import { rule as typosquat } from './typosquat';
import { rule as undeclaredImport } from './undeclared-import';
import { rule as unknownPackage } from './unknown-package';
import { rule as untrustedIndex } from './untrusted-index';
import { rule as unpinnedVersion } from './unpinned-version';

export const MODULES: Record<string, ModuleRule> = {
  'deps/deprecated-package': deprecatedPackage,
  'deps/install-script': installScript,
  'deps/non-registry-source': nonRegistrySource,
  'deps/typosquat': typosquat,
  'deps/undeclared-import': undeclaredImport,
  'deps/unknown-package': unknownPackage,
  'deps/untrusted-index': untrustedIndex,
  'deps/unpinned-version': unpinnedVersion,
};
