/** The admins' page: accounts and API tokens, while the server runs. */
package org.civicbrief.web.admin;
