package org.ledgerline.ivr.telephony.agi;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.InvalidCommandSyntaxException;
import org.asteriskjava.fastagi.InvalidOrUnknownCommandException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.ChannelFailureException;

/**
 * Sends one AGI command, times it by verb and turns Asterisk-Java's exceptions into the channel
 * port's: a dead channel (511, or the socket closed by Asterisk) means the caller hung up; anything
 * else means the switch connection failed: {@code 510 Invalid or unknown command}, {@code 520
 * Invalid command syntax}, a socket error.
 *
 * <p>Exception messages name the verb only, never arguments or replies. The library's exceptions for
 * 510 and 520 are not kept as causes: their messages quote the whole command line (510) or the
 * reply's usage text (520), and a stack trace prints a cause's message.
 */
final class AgiCommandSender {
    private final AgiChannel channel;
    private final AgiMetrics metrics;

    AgiCommandSender(AgiChannel channel, AgiMetrics metrics) {
        this.channel = channel;
        this.metrics = metrics;
    }

    AgiReply send(String verb, AgiCommand command) {
        long started = System.nanoTime();
        try {
            return channel.sendCommand(command);
        } catch (AgiHangupException e) {
            throw new CallerHungUpException();
        } catch (AgiNetworkException e) {
            throw new ChannelFailureException("connection to Asterisk failed during " + verb, e);
        } catch (InvalidOrUnknownCommandException e) {
            throw new ChannelFailureException("Asterisk does not know " + verb + " (510)", null);
        } catch (InvalidCommandSyntaxException e) {
            throw new ChannelFailureException("Asterisk refused the syntax of " + verb + " (520)", null);
        } catch (AgiException e) {
            throw new ChannelFailureException("Asterisk refused " + verb + " (" + e.getClass().getSimpleName() + ")",
                    null);
        } finally {
            metrics.recordCommand(verb, System.nanoTime() - started);
        }
    }
}
