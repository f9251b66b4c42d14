/**
 * The credit manager's disputes desk, as plain Java: what the back-office pages show about disputes
 * (a page of disputes, one dispute with its history, the report by reason code) as view models
 * with every value already formatted for people, the server-drawn SVG bar chart of the report and
 * its CSV export. The http package serves these; nothing here knows HTTP or templates.
 */
@NullMarked
package org.ledgerline.ivr.dispute.desk;

import org.jspecify.annotations.NullMarked;
