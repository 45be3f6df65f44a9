# ai-audit-test-path: Dockerfile
FROM node:22-slim
WORKDIR /app
COPY . .

# ruleid: secrets/doppler-token
ENV DOPPLER_TOKEN=dp.st.prd.KciUtyYCGktn9HaXsl0vF9mtxPLXCPNYwZ2wV7eL8yQ

# ok: secrets/doppler-token
ENV DOPPLER_CONFIG=prd

# ok: secrets/doppler-token
ENV DOPPLER_TOKEN=dp.st.xxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
