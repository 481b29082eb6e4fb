/** The REST API: Jersey resources, request and view records, problem-details error mapping, auth. */
package org.factquiz.api;
