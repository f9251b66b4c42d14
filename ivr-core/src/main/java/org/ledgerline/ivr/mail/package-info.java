/**
 * The SMTP adapter of the dispute escalation port: emails the credit manager through the Vert.x
 * mail client, blocking only the call's virtual thread (never an event loop) until the server
 * accepted the message or the timeout passed.
 */
@NullMarked
package org.ledgerline.ivr.mail;

import org.jspecify.annotations.NullMarked;
