import type { Config } from 'tailwindcss'

// Tailwind 4 reads its theme from CSS; this file is kept (and loaded with @config from
// app/styles/tailwind.css) so the palette lives in one typed place.
export default {
  content: ['./app/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef6f4',
          100: '#d5ebe5',
          600: '#0f6b5c',
          700: '#0b5448',
          800: '#083f36',
          900: '#062e28',
        },
      },
      fontFamily: {
        sans: ['"Be Vietnam Pro"', 'system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
      },
    },
  },
} satisfies Config
