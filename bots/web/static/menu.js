// The command menu: offers the registry's commands while the message starts with "/".

export function commandMenu(input, list) {
  let commands = [];
  let index = 0;

  const matches = () => {
    const value = input.value;
    if (!value.startsWith("/") || /\s/.test(value)) return [];
    return commands.filter((c) => c.name.startsWith(value.slice(1).toLowerCase()));
  };

  function hide() {
    list.hidden = true;
    index = 0;
    input.removeAttribute("aria-activedescendant");
  }

  function choose(command) {
    input.value = `/${command.name}${command.args.length ? " " : ""}`;
    hide();
    input.focus();
  }

  function option(command, i) {
    const li = document.createElement("li");
    li.setAttribute("role", "option");
    li.id = `cmd-${command.name}`;
    li.setAttribute("aria-selected", String(i === index));
    const name = document.createElement("strong");
    name.textContent = `/${command.name}`;
    const help = document.createElement("span");
    help.textContent = command.help;
    li.append(name, help);
    li.addEventListener("mousedown", (e) => {
      e.preventDefault();
      choose(command);
    });
    return li;
  }

  function show() {
    const found = matches();
    if (!found.length) return hide();
    index = Math.min(index, found.length - 1);
    list.replaceChildren(...found.map(option));
    list.hidden = false;
    input.setAttribute("aria-activedescendant", `cmd-${found[index].name}`);
  }

  // Handles a key while the menu is open; true when the key was used.
  function key(event) {
    if (list.hidden) return false;
    const found = matches();
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      index = (index + (event.key === "ArrowDown" ? 1 : found.length - 1)) % found.length;
      show();
    } else if (event.key === "Tab") {
      choose(found[index]);
    } else if (event.key === "Escape") {
      hide();
    } else if (event.key === "Enter" && !event.shiftKey && found.length
               && input.value !== `/${found[index].name}`) {
      choose(found[index]);
    } else {
      return false;
    }
    return true;
  }

  return { set: (items) => (commands = items), show, hide, key };
}
