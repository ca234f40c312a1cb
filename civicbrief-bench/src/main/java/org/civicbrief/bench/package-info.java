/** Benchmarks: end-to-end briefing speed and JMH micro-benchmarks of the hot stages. */
package org.civicbrief.bench;
