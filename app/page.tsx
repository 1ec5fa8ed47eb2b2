// The front door: the document list (which itself sends visitors to setup or login).
import { redirect } from 'next/navigation';

export default function Home() {
  redirect('/documents');
}
