/// The compliance gate: placeholder, replaced below.
package org.ledgerline.ivr.compliance;
