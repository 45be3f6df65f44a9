#!/usr/bin/env bash
set -euo pipefail

# ruleid: secrets/nuget-api-key
dotnet nuget push "bin/Release/Acme.Tools.2.1.0.nupkg" --api-key oy2m7kn1hmlw9ch2zj3wgltbhqu2xp301u1zwx0c7k9deh --source https://api.nuget.org/v3/index.json

# ok: secrets/nuget-api-key
dotnet nuget push "bin/Release/Acme.Tools.2.1.0.nupkg" --api-key "$NUGET_API_KEY" --source https://api.nuget.org/v3/index.json

# ok: secrets/nuget-api-key
dotnet nuget push "bin/Release/Acme.Tools.2.1.0.nupkg" --api-key xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx --source https://api.nuget.org/v3/index.json
