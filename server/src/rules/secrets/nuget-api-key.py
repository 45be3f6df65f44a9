import os
import subprocess

# ruleid: secrets/nuget-api-key
subprocess.run(["dotnet", "nuget", "push", "Acme.Core.1.2.0.nupkg", "--api-key", "oy2g9dpmrcg629be2u66mr26846p7q9m2i0hz2uep1enth", "--source", "https://api.nuget.org/v3/index.json"], check=True)

# ok: secrets/nuget-api-key
subprocess.run(["dotnet", "nuget", "push", "Acme.Core.1.2.0.nupkg", "--api-key", os.environ["NUGET_API_KEY"], "--source", "https://api.nuget.org/v3/index.json"], check=True)
