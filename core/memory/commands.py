"""Memory and identity commands: /memory /forget /export /privacy /link /unlink."""

from __future__ import annotations

from core.commands.registry import Arg, Command, CommandContext, CommandRegistry, CommandReply
from core.memory import controls, linking
from core.memory.linking import Outcome
from core.memory.service import Memory
from core.messages import Attachment

PRIVATELY = "Please send me that in a private chat: I keep your memory out of groups."


def _private(ctx: CommandContext) -> CommandReply | None:
    return None if ctx.is_private else CommandReply(PRIVATELY)


class MemoryCommands:
    def __init__(self, memory: Memory) -> None:
        self.memory = memory

    async def memory_cmd(self, ctx: CommandContext) -> CommandReply:
        return _private(ctx) or CommandReply(await controls.overview(self.memory, ctx.person))

    async def forget(self, ctx: CommandContext) -> CommandReply:
        refused = _private(ctx)
        if refused:
            return refused
        return CommandReply(await controls.forget_command(self.memory, ctx.person, ctx.args))

    async def export(self, ctx: CommandContext) -> CommandReply:
        refused = _private(ctx)
        if refused:
            return refused
        data = await self.memory.export(ctx.person)
        doc = Attachment(kind="file", filename="muse-memory.json", data=data,
                         mime_type="application/json", caption="Everything I store about you")
        return CommandReply("Here is everything I store about you.", (doc,))

    async def privacy(self, ctx: CommandContext) -> CommandReply:
        refused = _private(ctx)
        if refused:
            return refused
        arg = ctx.args.strip().lower()
        if arg not in {"on", "off"}:
            off = await self.memory.privacy_off(ctx.person)
            state = "off (nothing new is remembered)" if off else "on"
            return CommandReply(f"Memory is {state}. Use /privacy off or /privacy on.")
        await self.memory.set_privacy_off(ctx.person, arg == "off")
        if arg == "off":
            return CommandReply("Memory paused: I won't remember anything new or update your "
                                "profile; history is kept only for this conversation.")
        return CommandReply("Memory is back on.")

    async def link(self, ctx: CommandContext) -> CommandReply:
        db, now, who = self.memory.db, self.memory.clock(), ctx.incoming.address.identity
        arg = ctx.args.strip()
        if not ctx.is_private:
            voided = await db.run(lambda c: linking.invalidate_codes_in(c, arg))
            note = " That code is now invalid." if voided or arg else ""
            return CommandReply("Linking only works in a private chat." + note +
                                " Send /link to me privately.")
        pid = ctx.person.person_id
        if not arg:
            made = await db.run(lambda c: linking.create_code(c, who, pid, now))
            if made.outcome is Outcome.RATE_LIMITED:
                return CommandReply("Too many link codes lately; try again in an hour.")
            return CommandReply(
                f"Your link code is {made.code}. Within 10 minutes, send /link {made.code} to "
                "me privately from your other account. It works once.")
        if arg.lower() == "confirm":
            return await self._confirm(ctx)
        name = ctx.incoming.sender.display_name or ctx.incoming.sender.user_id
        got = await db.run(lambda c: linking.redeem(c, arg, who, pid, name, now))
        return await self._redeemed(ctx, got, name)

    async def _redeemed(self, ctx: CommandContext, got: linking.LinkResult,
                        name: str) -> CommandReply:
        if got.outcome is Outcome.RATE_LIMITED:
            return CommandReply("Too many attempts; wait a few minutes.")
        if got.outcome is Outcome.SAME_PERSON:
            return CommandReply("These accounts are already linked.")
        if got.outcome is not Outcome.OK or got.creator is None:
            return CommandReply("That code is not valid (wrong, used or expired).")
        platform = ctx.incoming.address.platform
        asked = await ctx.notify(got.creator, (
            f"Link {platform} user {name} to you? You will share all memories. "
            "Reply /link confirm within 10 minutes."))
        if not asked:
            return CommandReply("I couldn't reach your other account privately.")
        return CommandReply("I asked your other account to confirm. Nothing is shared until "
                            "you reply /link confirm there.")

    async def _confirm(self, ctx: CommandContext) -> CommandReply:
        who, pid, now = ctx.incoming.address.identity, ctx.person.person_id, self.memory.clock()
        done = await self.memory.db.run(lambda c: linking.confirm(c, who, pid, now))
        if done.outcome is not Outcome.OK or done.merged_from is None:
            return CommandReply("There is no link request waiting for you.")
        self.memory.invalidate(done.merged_from)
        self.memory.invalidate(pid)
        return CommandReply(f"Linked. I now know you on both accounts "
                            f"({done.moved_facts} memories joined, with their sources).")

    async def unlink(self, ctx: CommandContext) -> CommandReply:
        refused = _private(ctx)
        if refused:
            return refused
        who, pid, now = ctx.incoming.address.identity, ctx.person.person_id, self.memory.clock()
        done = await self.memory.db.run(lambda c: linking.unlink(c, who, pid, now))
        if done.outcome is not Outcome.OK:
            return CommandReply("This account is not linked to any other.")
        self.memory.invalidate(pid)
        return CommandReply(
            "Unlinked. This account now starts fresh with no memories; everything learned so "
            "far stays with your other linked accounts, with where it came from.")


def register_commands(registry: CommandRegistry, memory: Memory) -> MemoryCommands:
    cmds = MemoryCommands(memory)
    for command in (
        Command("memory", "What I know about you", cmds.memory_cmd, private_only=True),
        Command("forget", "Forget a memory, or everything", cmds.forget,
                (Arg("what", "an id, words, 'confirm' or 'all'", required=True),),
                private_only=True),
        Command("export", "Everything stored about you, as a JSON file", cmds.export,
                private_only=True),
        Command("privacy", "Pause (off) or resume (on) memory", cmds.privacy,
                (Arg("mode", "off or on"),), private_only=True),
        # Not private_only: a code pasted in a group must reach the handler to be voided.
        Command("link", "Link your accounts across platforms", cmds.link,
                (Arg("code", "a code, or 'confirm'"),)),
        Command("unlink", "Detach this account from your other ones", cmds.unlink,
                private_only=True),
    ):
        registry.register(command)
    return cmds
