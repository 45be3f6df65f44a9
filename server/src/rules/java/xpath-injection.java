package com.example.catalog;

import javax.servlet.http.HttpServletRequest;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

public class UserStore {
    private final Document users;

    public UserStore(Document users) {
        this.users = users;
    }

    public boolean login(HttpServletRequest request) throws XPathExpressionException {
        String name = request.getParameter("name");
        String password = request.getParameter("password");
        XPath xpath = XPathFactory.newInstance().newXPath();
        String query = "/users/user[name='" + name + "' and password='" + password + "']";
        // ruleid: java/xpath-injection
        NodeList nodes = (NodeList) xpath.evaluate(query, users, XPathConstants.NODESET);
        return nodes.getLength() > 0;
    }

    public Object byId(String id) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java/xpath-injection
        return xpath.compile("//product[@id='" + id + "']").evaluate(users, XPathConstants.NODE);
    }

    public boolean loginSafe(HttpServletRequest request) throws XPathExpressionException {
        String name = request.getParameter("name");
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(variable -> variable.equals(new QName("name")) ? name : null);
        // ok: java/xpath-injection
        NodeList nodes = (NodeList) xpath.evaluate("/users/user[name=$name]", users, XPathConstants.NODESET);
        return nodes.getLength() > 0;
    }

    public boolean validSku(String sku, String prefix) {
        // ok: java/xpath-injection
        return java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(prefix) + "-\\d+$").matcher(sku).matches();
    }

    public Object count() throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ok: java/xpath-injection
        return xpath.compile("count(//product)").evaluate(users, XPathConstants.NUMBER);
    }
}
