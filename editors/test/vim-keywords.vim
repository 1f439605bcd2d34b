" vim-keywords.vim — run by tests/scripts/editors.sh on a buffer holding one
" keyword per line: writes each line whose first word the syntax file leaves
" unhighlighted (or highlights as a plain identifier) to $VIM_FAILS.
let s:fails = []
for s:l in range(1, line('$'))
  let s:group = synIDattr(synIDtrans(synID(s:l, 1, 1)), 'name')
  if s:group ==# '' || s:group ==# 'Identifier'
    call add(s:fails, getline(s:l) . ' -> ' . (s:group ==# '' ? 'no highlight' : s:group))
  endif
endfor
call writefile(s:fails, $VIM_FAILS)
qall!
