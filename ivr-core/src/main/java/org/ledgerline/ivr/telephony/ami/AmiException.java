package org.ledgerline.ivr.telephony.ami;

import org.jspecify.annotations.Nullable;

/**
 * An AMI request could not be completed. Subclasses say why; messages name the action and the
 * server, never action contents (which may include a channel's variables or caller input).
 */
public abstract class AmiException extends RuntimeException {
    protected AmiException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
