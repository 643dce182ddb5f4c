"""A real SMTP server for the notification tests: aiosmtpd with a handler that writes each message it accepts to
the folder named by WBS_SMTP_SINK, one file per message (written whole, then renamed, so a reader never sees half).
Started as: python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_sink.Sink"""
import asyncio
import os
import uuid


class Sink:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # WBS_SMTP_DELAY_MS slows each message down before its content is sent, so a test can kill a sender while a
        # message is on its way but not yet accepted.
        delay = int(os.environ.get("WBS_SMTP_DELAY_MS", "0"))
        if delay:
            await asyncio.sleep(delay / 1000)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        folder = os.environ["WBS_SMTP_SINK"]
        name = uuid.uuid4().hex
        temporary = os.path.join(folder, name + ".tmp")
        with open(temporary, "wb") as out:
            out.write(("X-Envelope-To: " + ",".join(envelope.rcpt_tos) + "\r\n").encode("utf-8"))
            out.write(envelope.original_content or envelope.content)
        os.rename(temporary, os.path.join(folder, name + ".eml"))
        return "250 Message accepted"
