const ldap = require("ldapjs");
const { EqualityFilter } = require("@ldapjs/filter");

const client = ldap.createClient({ url: "ldaps://ldap.example.com" });

function findUser(req, callback) {
  // ruleid: js/ldap-injection
  client.search("ou=people,dc=example,dc=com", { scope: "sub", filter: `(uid=${req.body.username})` }, callback);
}

function findGroup(name, callback) {
  const options = {
    scope: "sub",
    // ruleid: js/ldap-injection
    filter: "(&(objectClass=group)(cn=" + name + "))",
  };
  client.search("ou=groups,dc=example,dc=com", options, callback);
}

function findUserSafely(req, callback) {
  const filter = new EqualityFilter({ attribute: "uid", value: String(req.body.username) });
  // ok: js/ldap-injection
  client.search("ou=people,dc=example,dc=com", { scope: "sub", filter }, callback);
}

function listPeople(callback) {
  // ok: js/ldap-injection
  client.search("ou=people,dc=example,dc=com", { scope: "sub", filter: "(objectClass=person)" }, callback);
}
