export const metadata = { title: 'filing-check · Next.js' };

export default function RootLayout({ children }) {
  return (
    <html lang="zh-Hans">
      <body>{children}</body>
    </html>
  );
}
