" ftplugin/promo.vim — buffer settings for .promo promotion programs.
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

" '#' starts a comment; '##' above a define is its documentation.
setlocal commentstring=#\ %s
setlocal comments=:##,:#
setlocal formatoptions-=t formatoptions+=croql
" Two spaces, as `promo fmt` writes it.
setlocal expandtab shiftwidth=2 softtabstop=2
" :make runs the checker; errors land in the quickfix list.
compiler promo

let b:undo_ftplugin = 'setlocal commentstring< comments< formatoptions< expandtab< shiftwidth< softtabstop<'
