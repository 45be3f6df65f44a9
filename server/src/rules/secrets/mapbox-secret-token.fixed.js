import mbxUploads from "@mapbox/mapbox-sdk/services/uploads";

// ruleid: secrets/mapbox-secret-token
const uploads = mbxUploads({ accessToken: process.env.MAPBOX_SECRET_TOKEN });

// ok: secrets/mapbox-secret-token
const uploads = mbxUploads({ accessToken: process.env.MAPBOX_SECRET_TOKEN });

// ok: secrets/mapbox-secret-token
const uploads = mbxUploads({ accessToken: "sk.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxx" });

// ok: secrets/mapbox-secret-token
mapboxgl.accessToken = "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6IkhfY1U4T1VUOHlHSDlSX0FaVFU2U2xDTzAifQ.AI74j1VSyi59CmsSsptP9E";
