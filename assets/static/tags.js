// Progressive enhancement for list fields (languages, skills): the items typed so far show as
// tags, each with a button that removes it, and a text box adds more, with the page's
// suggestions (a <datalist>) as you type. The real field stays in the form, kept in step, so
// without this script the plain text field works the same: it understands names and every
// language's separators.
(() => {
  'use strict';
  const separators = /[,，、،;；؛]/;

  function enhance(field) {
    const items = field.value.split(separators).map((item) => item.trim()).filter(Boolean);
    const removeLabel = field.dataset.removeLabel || '{name}';
    const tags = document.createElement('ul');
    tags.className = 'tag-editor';
    const entry = document.createElement('input');
    entry.type = 'text';
    entry.autocomplete = 'off';
    entry.className = 'tag-entry';
    if (field.dataset.suggestions) entry.setAttribute('list', field.dataset.suggestions);
    for (const attribute of ['aria-describedby', 'aria-invalid']) {
      if (field.hasAttribute(attribute)) entry.setAttribute(attribute, field.getAttribute(attribute));
    }
    // The label points at what people type into.
    entry.id = field.id;
    field.id = `${field.id}-value`;
    field.type = 'hidden';

    function sync() {
      field.value = items.join(', ');
    }

    function render() {
      tags.replaceChildren(...items.map((item, index) => {
        const tag = document.createElement('li');
        const text = document.createElement('span');
        text.textContent = item;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'tag-remove';
        remove.textContent = '×';
        remove.setAttribute('aria-label', removeLabel.replace('{name}', () => item));
        remove.addEventListener('click', () => {
          items.splice(index, 1);
          sync();
          render();
          entry.focus();
        });
        tag.append(text, remove);
        return tag;
      }));
    }

    function commit() {
      const typed = entry.value.split(separators).map((item) => item.trim()).filter(Boolean);
      for (const item of typed) {
        if (!items.some((known) => known.toLocaleLowerCase() === item.toLocaleLowerCase())) items.push(item);
      }
      entry.value = '';
      sync();
      render();
    }

    entry.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        if (entry.value.trim()) {
          event.preventDefault();
          commit();
        }
      } else if (event.key === 'Backspace' && entry.value === '' && items.length) {
        items.pop();
        sync();
        render();
      }
    });
    // A separator ends an item; so does picking a suggestion from the list. Leaving the box
    // does not: the tags would move the page under a pointer on its way to the button, and
    // what is left in the box is added when the form is sent anyway.
    entry.addEventListener('input', (event) => {
      const picked = event.inputType === 'insertReplacementText' || event.inputType === undefined;
      if (separators.test(entry.value) || (picked && entry.value.trim())) commit();
    });
    field.form?.addEventListener('submit', commit);
    field.after(tags, entry);
    render();
  }

  document.querySelectorAll('input[data-tags]').forEach(enhance);
})();
