" compiler/promo.vim — :make checks the current file with `promo lint`;
" diagnostics are gcc style: file:line:col: error|warning|note: message.
if exists('current_compiler')
  finish
endif
let current_compiler = 'promo'

if exists(':CompilerSet') != 2
  command -nargs=* CompilerSet setlocal <args>
endif

CompilerSet makeprg=promo\ lint\ --color=never\ %
" The source line and caret lines that follow each message are dropped.
CompilerSet errorformat=%f:%l:%c:\ %trror:\ %m,
      \%f:%l:%c:\ %tarning:\ %m,
      \%f:%l:%c:\ %tote:\ %m,
      \%-G%.%#
