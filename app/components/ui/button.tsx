import { type ComponentProps } from 'react'

const variants = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 border border-brand-700',
  secondary: 'bg-white text-slate-800 hover:bg-slate-100 border border-slate-400',
  danger: 'bg-red-700 text-white hover:bg-red-800 border border-red-700',
  link: 'text-brand-700 underline underline-offset-2 hover:text-brand-900 border border-transparent',
} as const

export type ButtonVariant = keyof typeof variants

export function buttonClassName(variant: ButtonVariant = 'primary', extra = '') {
  return `inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium no-underline disabled:opacity-60 ${variants[variant]} ${extra}`
}

export function Button({
  variant = 'primary',
  className = '',
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClassName(variant, className)} {...props} />
}
