/** Who is asking: passwords, sessions, API tokens, CSRF tokens, roles and signing in. */
package org.civicbrief.web.auth;
