import { z } from "zod";
import { email } from "./fields";

export const signInSchema = z.object({ email });
