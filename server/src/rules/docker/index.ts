/** The docker pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as addRemoteUrl } from './add-remote-url';
import { rule as baseImageUnpinned } from './base-image-unpinned';
import { rule as chmodWorldWritable } from './chmod-world-writable';
import { rule as composeDatabasePortExposed } from './compose-database-port-exposed';
import { rule as composeDockerSocket } from './compose-docker-socket';
import { rule as composeHostNamespace } from './compose-host-namespace';
import { rule as composePrivileged } from './compose-privileged';
import { rule as composeSecretInEnvironment } from './compose-secret-in-environment';
import { rule as downloadAndExecute } from './download-and-execute';
import { rule as pipExtraIndexUrl } from './pip-extra-index-url';
import { rule as runsAsRoot } from './runs-as-root';
import { rule as secretInEnv } from './secret-in-env';
import { rule as sudoInRun } from './sudo-in-run';
import { rule as tlsVerificationDisabled } from './tls-verification-disabled';

export const MODULES: Record<string, ModuleRule> = {
  'docker/add-remote-url': addRemoteUrl,
  'docker/base-image-unpinned': baseImageUnpinned,
  'docker/chmod-world-writable': chmodWorldWritable,
  'docker/compose-database-port-exposed': composeDatabasePortExposed,
  'docker/compose-docker-socket': composeDockerSocket,
  'docker/compose-host-namespace': composeHostNamespace,
  'docker/compose-privileged': composePrivileged,
  'docker/compose-secret-in-environment': composeSecretInEnvironment,
  'docker/download-and-execute': downloadAndExecute,
  'docker/pip-extra-index-url': pipExtraIndexUrl,
  'docker/runs-as-root': runsAsRoot,
  'docker/secret-in-env': secretInEnv,
  'docker/sudo-in-run': sudoInRun,
  'docker/tls-verification-disabled': tlsVerificationDisabled,
};
