package com.example.directory;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;
import org.springframework.ldap.support.LdapEncoder;

public class UserDirectory {
    private final DirContext context;

    public UserDirectory(DirContext context) {
        this.context = context;
    }

    public NamingEnumeration<SearchResult> login(HttpServletRequest request) throws NamingException {
        String user = request.getParameter("user");
        String password = request.getParameter("password");
        String filter = "(&(uid=" + user + ")(userPassword=" + password + "))";
        // ruleid: java/ldap-injection
        return context.search("ou=people,dc=example,dc=com", filter, new SearchControls());
    }

    public NamingEnumeration<SearchResult> byMail(String mail) throws NamingException {
        // ruleid: java/ldap-injection
        return context.search("ou=people,dc=example,dc=com", String.format("(mail=%s)", mail), new SearchControls());
    }

    public NamingEnumeration<SearchResult> loginSafe(HttpServletRequest request) throws NamingException {
        String user = request.getParameter("user");
        // ok: java/ldap-injection
        return context.search("ou=people,dc=example,dc=com", "(uid={0})", new Object[] {user}, new SearchControls());
    }

    public NamingEnumeration<SearchResult> byMailEncoded(String mail) throws NamingException {
        // ok: java/ldap-injection
        return context.search("ou=people,dc=example,dc=com", "(mail=" + LdapEncoder.filterEncode(mail) + ")", new SearchControls());
    }
}
