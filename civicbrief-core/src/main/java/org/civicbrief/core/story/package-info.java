/** Stories: articles grouped online as they arrive, merged timelines, actors and what changed. */
package org.civicbrief.core.story;
