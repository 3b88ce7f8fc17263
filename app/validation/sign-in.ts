import * as z from "zod/mini";
import { email } from "./fields";

export const signInSchema = z.object({ email });
