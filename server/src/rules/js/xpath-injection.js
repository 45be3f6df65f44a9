const xpath = require("xpath");
const { DOMParser } = require("@xmldom/xmldom");

const users = new DOMParser().parseFromString(loadUsersXml(), "text/xml");

function login(req) {
  const { name, password } = req.body;
  // ruleid: js/xpath-injection
  return xpath.select(`//user[name/text()='${name}' and password/text()='${password}']`, users).length > 0;
}

function findProduct(doc, sku) {
  // ruleid: js/xpath-injection
  return doc.find("//product[@sku='" + sku + "']");
}

function loginSafely(req) {
  const { name, password } = req.body;
  // ok: js/xpath-injection
  return xpath.parse("//user[name/text()=$name and password/text()=$password]").select({ node: users, variables: { name, password } }).length > 0;
}

function allProducts(doc) {
  // ok: js/xpath-injection
  return doc.find("//product");
}

function loadUser(axios, router, id) {
  // ok: js/xpath-injection
  axios.get("/api/users/" + id);
  // ok: js/xpath-injection
  router.get(`/users/${id}/posts`, () => {});
  // ok: js/xpath-injection
  return [].find("/" + id);
}

function lookups(doc, axios, tag, id, name) {
  // ruleid: js/xpath-injection
  doc.find("//" + tag);
  // ruleid: js/xpath-injection
  doc.get('//user' + "[@id='" + id + "']");
  // ok: js/xpath-injection
  return axios.get(`/api/items?filter[name]=${name}`);
}

function productName(doc, sku) {
  // ruleid: js/xpath-injection
  return doc.get(`/catalog/product[sku='${sku}']/name`);
}
